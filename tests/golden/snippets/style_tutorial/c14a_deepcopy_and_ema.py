# Copies of models: deepcopy for an EMA ("teacher") model updated with lerp_ under no_grad.
import copy
import torch
import torch.nn as nn

torch.manual_seed(1476)
student = nn.Sequential(nn.Linear(3, 3), nn.ReLU(), nn.Linear(3, 1))
teacher = copy.deepcopy(student)
for p in teacher.parameters():
    p.requires_grad_(False)
opt = torch.optim.SGD(student.parameters(), lr=0.1)
x, y = torch.randn(8, 3), torch.randn(8, 1)
for step in range(3):
    loss = nn.functional.mse_loss(student(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    with torch.no_grad():
        for pt, ps in zip(teacher.parameters(), student.parameters()):
            pt.lerp_(ps, 0.25)
    print(step, loss.item(), nn.functional.mse_loss(teacher(x), y).item())
print(teacher[2].bias, student[2].bias)
print(teacher[0].weight.requires_grad, teacher[0].weight is student[0].weight)
