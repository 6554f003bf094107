# Autograder: gradcheck through conv2d + max_pool2d in double precision
import torch
import torch.nn.functional as F
from torch.autograd import gradcheck

torch.manual_seed(0)
img = torch.randn(1, 1, 4, 4, dtype=torch.double, requires_grad=True)
kernel = torch.randn(2, 1, 2, 2, dtype=torch.double, requires_grad=True)


def student_block(img, kernel):
    return F.max_pool2d(F.relu(F.conv2d(img, kernel)), 2, ceil_mode=True)


print("conv block gradcheck:", gradcheck(student_block, (img, kernel)))
print(student_block(img, kernel).shape)
