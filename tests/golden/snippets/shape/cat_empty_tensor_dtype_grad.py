# cat skips empty 1-d tensors for the shape but not for the dtype, and gives them an empty gradient.
import torch
a = torch.tensor([1, 2, 3])
for parts in [[torch.tensor([]), a], [a, torch.tensor([], dtype=torch.float64)], [torch.tensor([], dtype=torch.int32), torch.tensor([1, 2], dtype=torch.int8)], [torch.tensor([]), torch.tensor([True])], [torch.zeros(0), torch.zeros(2, 2, dtype=torch.int64)]]:
    r = torch.cat(parts)
    print(r, r.dtype, r.shape)
w = torch.tensor([], requires_grad=True)
v = torch.tensor([1.0, 2.0], requires_grad=True)
out = torch.cat([w, v])
print(out, out.grad_fn)
out.sum().backward()
print(w.grad, v.grad)
