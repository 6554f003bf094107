import torch
import torch.nn.functional as F

torch.manual_seed(0)
a = torch.randn(3, 4, requires_grad=True)
b = torch.randn(3, 4, requires_grad=True)
nodes = {
    "add": (a + b).grad_fn, "sub": (a - b).grad_fn, "scaled": (a * 3).grad_fn,
    "leaky": F.leaky_relu(a, 0.1).grad_fn, "unfold": a.unfold(1, 2, 1).grad_fn,
    "max": a.max(1)[0].grad_fn, "sort": a.sort(1)[0].grad_fn, "topk": a.topk(2)[0].grad_fn,
    "repeat": a.repeat(2, 1).grad_fn, "trace": a[:, :3].trace().grad_fn, "mean": a.mean().grad_fn,
}
for name, node in nodes.items():
    saved = [n for n in dir(node) if n.startswith("_saved_") and "indices" not in n]
    print(name, node.name(), {n[7:]: getattr(node, n) for n in saved if n != "_saved_self"})
scaled = a * 3
scaled.sum().backward()
print(scaled.grad_fn._saved_self)  # never saved: b is a number
try:
    scaled.grad_fn._saved_other
except RuntimeError as err:
    print("RuntimeError:", str(err)[:40])
