# scatter_add_ with an index that is not expanded to the feature dim
import torch

msg = torch.ones(4, 3)
dst = torch.tensor([0, 1, 1, 2])
out = torch.zeros(3, 3)
try:
    out.scatter_add_(0, dst, msg)
except RuntimeError as e:
    print("RuntimeError:", e)
out.scatter_add_(0, dst.unsqueeze(1).expand(-1, 3), msg)
print(out)
try:
    out.scatter_add_(0, dst.unsqueeze(1).expand(-1, 3) + 5, msg)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    out.scatter_reduce_(0, dst.unsqueeze(1).expand(-1, 3), msg, reduce="avg")
except RuntimeError as e:
    print("RuntimeError:", e)
