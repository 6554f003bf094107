# Distillation loss as alpha * T^2 * KL + (1 - alpha) * CE, swept over alpha
import torch
import torch.nn.functional as F

s = torch.tensor([[1.5, 0.2, -0.3], [0.1, 0.9, 0.4]])
t = torch.tensor([[2.5, 0.0, -1.0], [0.0, 1.5, 1.0]])
y = torch.tensor([0, 2])
T = 3.0
kd = F.kl_div(F.log_softmax(s / T, 1), F.softmax(t / T, 1), reduction="batchmean") * T * T
ce = F.cross_entropy(s, y)
for alpha in (0.0, 0.5, 0.9):
    print(alpha, round((alpha * kd + (1 - alpha) * ce).item(), 4))
