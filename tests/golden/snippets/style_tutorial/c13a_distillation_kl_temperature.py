# Knowledge distillation: a small student learns from a teacher's softened outputs (KL divergence with a
# temperature T, scaled by T**2) mixed with the hard-label cross-entropy.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(60)
teacher = nn.Sequential(nn.Linear(10, 32), nn.ReLU(), nn.Linear(32, 4)).eval()
student = nn.Sequential(nn.Linear(10, 8), nn.ReLU(), nn.Linear(8, 4))
x = torch.randn(16, 10)
y = torch.randint(0, 4, (16,))
T, alpha = 2.0, 0.7
opt = torch.optim.Adam(student.parameters(), lr=0.01)
kl = nn.KLDivLoss(reduction="batchmean")
for step in range(5):
    with torch.no_grad():
        t_logits = teacher(x)
    s_logits = student(x)
    soft = kl(F.log_softmax(s_logits / T, dim=1), F.softmax(t_logits / T, dim=1)) * T * T
    hard = F.cross_entropy(s_logits, y)
    loss = alpha * soft + (1 - alpha) * hard
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, f"soft {soft.item():.5f} hard {hard.item():.5f} total {loss.item():.5f}")
with torch.no_grad():
    agree = (student(x).argmax(1) == teacher(x).argmax(1)).float().mean()
print("agreement with teacher", agree.item())
print(F.kl_div(F.log_softmax(t_logits, 1), F.softmax(t_logits, 1), reduction="batchmean"))
