# Printing lists, dicts and tuples of tensors (with grad_fn), Parameters, and f-strings with tensors.
import torch
import torch.nn as nn

torch.manual_seed(0)
w = nn.Parameter(torch.randn(2, 2))
x = torch.tensor([1.0, 2.0])
y = w @ x
print([x, y])
print({"w": w, "y": y.detach()})
print((torch.tensor(1), torch.tensor([True])))
print(w)
print(repr(w.data))
print(str(y))
print(f"y = {y}")
print(f"sum = {y.sum():.3f}, first = {y[0].item():.5f}")
print("loss: %.4f" % y.sum())
print("{:.2e}".format(y.norm()))
print([t.shape for t in (x, w)], [t.dtype for t in (x, torch.tensor([1]))])
stats = {"mean": x.mean(), "max": x.max(), "argmax": x.argmax()}
for k, v in stats.items():
    print(k, v, v.item())
print(list(nn.Linear(2, 1).parameters()))
print(torch.tensor([[1.123456789, 2.0]]), torch.tensor([1e-8, 1.0]))
print(x.requires_grad, w.requires_grad, y.is_leaf)
print(torch.randn(2, 3).unsqueeze(0))
