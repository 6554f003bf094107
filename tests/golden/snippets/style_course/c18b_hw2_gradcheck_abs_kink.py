# Autograder: gradcheck of a student's smooth-L1 near the kink
import torch
from torch.autograd import gradcheck


def student_smooth_l1(x):
    return torch.where(x.abs() < 1, 0.5 * x ** 2, x.abs() - 0.5)


pts = torch.tensor([0.3, -2.0, 1.5], dtype=torch.float64, requires_grad=True)
print("away from kink:", gradcheck(student_smooth_l1, (pts,)))
kink = torch.tensor([0.0], dtype=torch.float64, requires_grad=True)
print("at 0:", gradcheck(torch.abs, (kink,), raise_exception=False))
try:
    gradcheck(torch.abs, (kink,))
except RuntimeError as e:
    print(e)
