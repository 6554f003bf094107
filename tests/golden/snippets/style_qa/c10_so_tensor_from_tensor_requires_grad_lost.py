# Q: I built a tensor from a list of tensors that require grad and my loss has no grad_fn.
import torch

a = torch.tensor(2.0, requires_grad=True)
b = torch.tensor(3.0, requires_grad=True)
c = torch.tensor([a * 2, b * 3])
print(c, c.requires_grad)
try:
    c.sum().backward()
except RuntimeError as e:
    print("RuntimeError:", e)
d = torch.stack([a * 2, b * 3])
print(d)
d.sum().backward()
print(a.grad, b.grad)
w = torch.tensor([1.0, 2.0], requires_grad=True)
w2 = torch.tensor(w)
print(w2.requires_grad, w2.is_leaf)
w3 = torch.tensor(w, requires_grad=True)
print(w3.requires_grad, w3.grad_fn)
print(torch.as_tensor(w) is w, torch.as_tensor(w, dtype=torch.float64).grad_fn)
items = [torch.tensor([1.0, 2.0]), torch.tensor([3.0, 4.0])]
try:
    torch.tensor(items)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
print(torch.stack(items), torch.tensor([t.tolist() for t in items]))
