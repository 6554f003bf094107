# Q: gather refuses float, too-large and negative indices, unlike Python lists.
import torch

x = torch.arange(12.0).reshape(3, 4)
for idx, dim in [(torch.tensor([[0.0]]), 1), (torch.tensor([[0], [1], [2], [0]]), 1),
                 (torch.tensor([[4]]), 1), (torch.tensor([[-1]]), 1)]:
    try:
        print(x.gather(dim, idx))
    except RuntimeError as e:
        print(e)
print(x.gather(1, torch.tensor([[3], [0]], dtype=torch.int32)))
print(torch.arange(3.0).gather(0, torch.tensor(1)))
print(torch.hstack([torch.tensor(1.0), torch.tensor(2.0)]))
w = x.clone().requires_grad_()
w.gather(0, torch.tensor([[0, 0, 2, 2]])).sum().backward()
print(w.grad)
