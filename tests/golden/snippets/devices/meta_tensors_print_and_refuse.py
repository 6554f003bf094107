# Meta tensors: shapes and dtypes without values; reading values raises PyTorch's errors.
import torch

t = torch.rand(2, 3, device="meta")
print(t, t.device, t.is_meta, t.is_cpu)
print(torch.zeros(4, dtype=torch.long, device="meta"))
print(torch.empty((), device="meta"), torch.ones(2, dtype=torch.float64, device="meta"))
w = torch.zeros(3, requires_grad=True, device="meta")
print(w, w * 2)
print((t + 1).shape, t.sum().dtype, t.argmax(1), t.T, t.type())
print(torch.softmax(t, -1).shape, t.view(3, 2).shape, t[0, 1])
for name, fn in [("item", lambda: t.sum().item()), ("tolist", t.tolist), ("numpy", t.numpy),
                 ("bool", lambda: bool(t.sum() > 0)), ("cpu", t.cpu), ("to", lambda: t.to("cpu")),
                 ("nonzero", t.nonzero), ("mask", lambda: t[t > 0]), ("mix", lambda: t + torch.ones(2, 3)),
                 ("unique", lambda: torch.unique(t)), ("equal", lambda: torch.equal(t, t))]:
    try:
        fn()
    except Exception as e:
        print(name, type(e).__name__, str(e)[:90])
print(t + torch.tensor(2.0), t.add_(torch.ones(2, 3)))
print(f"{t.sum()}", torch.ones(2).to("meta"), torch.arange(5, device="meta"))
