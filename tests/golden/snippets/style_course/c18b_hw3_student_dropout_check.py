# Autograder checks inverted dropout scaling with a fixed seed
import torch


def student_dropout(x, p):
    mask = (torch.rand_like(x) > p).float()
    return x * mask / (1 - p)


torch.manual_seed(0)
mine = student_dropout(torch.ones(8), 0.25)
print(mine)
print("kept values:", mine[mine > 0].unique())
print("mean close to 1:", abs(student_dropout(torch.ones(10000), 0.25).mean().item() - 1) < 0.05)
