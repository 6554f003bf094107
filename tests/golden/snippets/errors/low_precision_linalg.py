# float16 and bfloat16 where PyTorch has no CPU kernel (LAPACK-based linalg, cdist) and where it has one.
import torch
A = torch.tensor([[2.0, 1.0], [1.0, 3.0]])
for dt in (torch.float16, torch.bfloat16):
    a = A.to(dt)
    for name, f in [("inverse", lambda: torch.inverse(a)), ("det", lambda: torch.det(a)), ("svd", lambda: torch.linalg.svd(a)),
                    ("cholesky", lambda: torch.linalg.cholesky(a)), ("eigh", lambda: torch.linalg.eigh(a)), ("qr", lambda: torch.linalg.qr(a)),
                    ("solve", lambda: torch.linalg.solve(a, a)), ("pinv", lambda: torch.linalg.pinv(a)), ("slogdet", lambda: torch.linalg.slogdet(a)),
                    ("lstsq", lambda: torch.linalg.lstsq(a, a)), ("matrix_norm", lambda: torch.linalg.matrix_norm(a)), ("norm", lambda: torch.linalg.norm(a)),
                    ("cdist", lambda: torch.cdist(a, a)), ("std", lambda: a.std()), ("median", lambda: a.median()), ("sort", lambda: a.sort()),
                    ("topk", lambda: a.topk(1)), ("cumsum", lambda: a.cumsum(0)), ("einsum", lambda: torch.einsum('ij,jk->ik', a, a)),
                    ("conv", lambda: torch.nn.functional.conv1d(a[None], a[:, :, None])), ("histc", lambda: torch.histc(a)),
                    ("erfinv", lambda: a.erfinv()), ("lgamma", lambda: a.lgamma()), ("multinomial", lambda: torch.multinomial(a[0], 1))]:
        try:
            r = f()
            print(dt, name, "ok")
        except Exception as e:
            print(dt, name, type(e).__name__, str(e)[:150])
