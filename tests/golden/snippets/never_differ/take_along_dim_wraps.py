# take_along_dim with a dim takes indices modulo that dim's size (flattened, it checks bounds).
import torch

scores = torch.arange(6.).reshape(2, 3).requires_grad_()
picked = torch.take_along_dim(scores, torch.tensor([[5], [-1]]), dim=1)
print(picked, picked.grad_fn._saved_index.tolist())
picked.sum().backward()
print(scores.grad)
print(torch.take_along_dim(scores, torch.tensor([[3], [4]]), dim=0))
for bad in (lambda: torch.take_along_dim(torch.zeros(2, 0), torch.tensor([[0]]), dim=1),
            lambda: torch.take_along_dim(torch.tensor(3.), torch.tensor(4), dim=0),
            lambda: torch.take_along_dim(scores, torch.tensor([6]))):
    try:
        bad()
    except (RuntimeError, IndexError) as e:
        print(type(e).__name__, e)
