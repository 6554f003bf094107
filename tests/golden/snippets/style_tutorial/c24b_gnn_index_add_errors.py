# the errors learners hit when index_add_ gets the wrong index
import torch

out = torch.zeros(3, 2)
msg = torch.ones(4, 2)
for idx in (torch.tensor([0, 1, 2, 3]), torch.tensor([0., 1., 2., 2.]), torch.tensor([0, 1])):
    try:
        out.index_add_(0, idx, msg)
        print("ok", out)
    except (RuntimeError, IndexError) as e:
        print(type(e).__name__, e)
try:
    out.index_add_(0, torch.tensor([0, 1, 1, 2]), torch.ones(4, 2, dtype=torch.float64))
except RuntimeError as e:
    print("RuntimeError", e)
