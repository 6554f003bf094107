import torch

x = torch.tensor([[1, 2], [1, 2], [3, 4], [1, 2]])
out, inverse, counts = torch.unique_consecutive(x, return_inverse=True, return_counts=True, dim=0)
print(out)
print(inverse, counts)
print(x.unique_consecutive(dim=1, return_counts=True))
print(torch.unique_consecutive(torch.tensor([[1, 1, 2], [1, 1, 3]]), dim=-1, return_inverse=True))
print(torch.unique_consecutive(torch.tensor([[1.0, float("nan")], [1.0, float("nan")]]), dim=0))
print(torch.unique_consecutive(torch.empty(0, 2), dim=0, return_counts=True))

for bad in [lambda: torch.unique_consecutive(torch.tensor(5), dim=0),
            lambda: torch.unique_consecutive(torch.empty(2, 0), dim=0),
            lambda: torch.unique_consecutive(x, dim=2)]:
    try:
        bad()
    except (RuntimeError, IndexError) as e:
        print(type(e).__name__, e)

w = torch.tensor([1.0, 1.0, 2.0], requires_grad=True)
print(torch.unique_consecutive(w), torch.unique(w), torch.unique(w.view(3, 1), dim=0).grad_fn.name())
torch.unique_consecutive(w).sum().backward()
