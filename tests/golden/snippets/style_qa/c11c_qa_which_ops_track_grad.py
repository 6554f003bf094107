# Q: which results carry requires_grad / a grad_fn? comparisons, indexing, shape ops, item().
import torch

x = torch.tensor([[1.0, -2.0], [3.0, 0.5]], requires_grad=True)
results = {
    "x > 0": x > 0,
    "x[0]": x[0],
    "x.t()": x.t(),
    "x.sum(0)": x.sum(0),
    "x.argmax(1)": x.argmax(1),
    "x.max(1).values": x.max(1).values,
    "x.max(1).indices": x.max(1).indices,
    "x.sort().values": x.sort().values,
    "x.nonzero()": x.nonzero(),
    "x.int()": x.int(),
    "x.double()": x.double(),
    "x.clone()": x.clone(),
    "x.detach()": x.detach(),
    "torch.zeros_like(x)": torch.zeros_like(x),
    "x.new_ones(2)": x.new_ones(2),
    "x.sign()": x.sign(),
}
for name, t in results.items():
    print(f"{name:20s} {str(t.requires_grad):5s} {type(t.grad_fn).__name__ if t.grad_fn else None}")
print(type(x.sum().item()), x.tolist())
