# Student's function detaches its output; gradcheck catches it
import torch
from torch.autograd import gradcheck


def student_fn(x):
    return (x * 2).detach()


x = torch.tensor([1.0, 2.0], dtype=torch.float64, requires_grad=True)
try:
    gradcheck(student_fn, (x,))
except RuntimeError as e:
    print("RuntimeError:", e)
