# Autograder uses fast_mode=True to save time on big inputs
import torch
from torch.autograd import gradcheck


def student_softplus(x, beta=1.0):
    return torch.log1p(torch.exp(beta * x)) / beta


torch.manual_seed(0)
big = torch.randn(20, 30, dtype=torch.float64, requires_grad=True)
print("fast:", gradcheck(student_softplus, (big,), fast_mode=True))
print("slow:", gradcheck(student_softplus, (big[:2, :3].detach().requires_grad_(),)))
