# Symmetric indefinite systems: LDL^T with Bunch-Kaufman pivoting (1x1 and 2x2 blocks), then solves.
import torch

cases = {
    "1x1 blocks": torch.tensor([[4.0, 2.0, 0.0], [2.0, -3.0, 1.0], [0.0, 1.0, 2.0]], dtype=torch.float64),
    "2x2 block": torch.tensor([[0.0, 1.0, 2.0], [1.0, 0.0, 3.0], [2.0, 3.0, 1.0]], dtype=torch.float64),
    "swap": torch.tensor([[1.0, 2.0], [2.0, 8.0]]),
    "2x2 only": torch.tensor([[1.0, 2.0], [2.0, 1.0]]),
}
for name, A in cases.items():
    LD, piv = torch.linalg.ldl_factor(A)
    print(name, piv.tolist())
    print(LD)
    b = torch.arange(1.0, A.shape[0] + 1, dtype=A.dtype).unsqueeze(1)
    x = torch.linalg.ldl_solve(LD, piv, b)
    print((A @ x - b).abs().max() < 1e-5, x.shape)
ex = torch.linalg.ldl_factor_ex(torch.zeros(2, 2))
print(ex.info, ex.pivots, type(ex).__name__)
batch = torch.stack([cases["swap"], cases["2x2 only"]])
print(torch.linalg.ldl_factor(batch).pivots)
A = cases["1x1 blocks"].clone().requires_grad_()
LD = torch.linalg.ldl_factor(A).LD
print(LD.grad_fn.__class__.__name__)
for bad in [lambda: LD.sum().backward(), lambda: torch.linalg.ldl_factor(torch.zeros(2, 3)),
            lambda: torch.linalg.ldl_factor(torch.zeros(2, 2))]:
    try:
        bad()
    except RuntimeError as e:
        print("RuntimeError:", e)
