# Seq2seq decoder loop with teacher forcing ratio
import random
import torch
import torch.nn as nn

random.seed(0)
torch.manual_seed(6)
cell = nn.GRUCell(1, 4)
head = nn.Linear(4, 1)
target = torch.linspace(0, 1, 5).view(1, 5, 1).expand(2, 5, 1)
h = torch.zeros(2, 4)
inp = torch.zeros(2, 1)
outputs, used_teacher = [], []
for t in range(5):
    h = cell(inp, h)
    pred = head(h)
    outputs.append(pred)
    teacher = random.random() < 0.5
    used_teacher.append(teacher)
    inp = target[:, t] if teacher else pred.detach()
out = torch.stack(outputs, dim=1)
print(out.shape, used_teacher)
loss = nn.functional.mse_loss(out, target)
loss.backward()
print(loss.grad_fn.name(), cell.weight_hh.grad.shape)
print(inp.requires_grad)
