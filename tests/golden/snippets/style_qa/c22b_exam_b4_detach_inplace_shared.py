import torch

# Exam B4-1. Does an in-place change through .data or .detach() reach the original?
w = torch.tensor([1.0, 2.0], requires_grad=True)
w.data.mul_(10)
print(w)
d = w.detach()
d.add_(1)
print(w, w._version, d._version)
print(w.data_ptr() == d.data_ptr())
