# distillation trainer step: frozen teacher in eval mode, KLDivLoss on temperatures
import torch
import torch.nn as nn
torch.manual_seed(21)
teacher = nn.Sequential(nn.Linear(6, 10), nn.ReLU(), nn.Linear(10, 3)).eval()
student = nn.Linear(6, 3)
kd = nn.KLDivLoss(reduction="batchmean", log_target=True)
ce = nn.CrossEntropyLoss()
x, y = torch.randn(5, 6), torch.tensor([2, 0, 1, 1, 0])
temperature = 2.0
with torch.no_grad():
    t_logp = (teacher(x) / temperature).log_softmax(-1)
s_logits = student(x)
distill = kd((s_logits / temperature).log_softmax(-1), t_logp) * temperature ** 2
total = 0.5 * distill + 0.5 * ce(s_logits, y)
total.backward()
print(distill.item(), total.item())
print(student.bias.grad)
print(t_logp.requires_grad, teacher.training)
