# A distillation training step: frozen teacher, student updated with SGD
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(11)
teacher = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 3)).eval()
student = nn.Linear(4, 3)
opt = torch.optim.SGD(student.parameters(), lr=0.1)
x = torch.randn(8, 4)
T = 2.0
for step in range(3):
    with torch.no_grad():
        t_prob = F.softmax(teacher(x) / T, dim=-1)
    loss = F.kl_div(F.log_softmax(student(x) / T, dim=-1), t_prob, reduction="batchmean") * T ** 2
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 4))
print(all(p.grad is None for p in teacher.parameters()))
print(sum(p.numel() for p in teacher.parameters()), sum(p.numel() for p in student.parameters()))
