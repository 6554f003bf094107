# Distillation lecture: KL divergence between temperature-softened teacher and student, kl_div's log-input
# convention, reduction='batchmean' and the T**2 factor.
import torch
import torch.nn.functional as F

torch.manual_seed(1492)
teacher = torch.randn(4, 5)
student = torch.randn(4, 5, requires_grad=True)
T = 2.0
p_t = F.softmax(teacher / T, dim=1)
log_p_s = F.log_softmax(student / T, dim=1)
kd = F.kl_div(log_p_s, p_t, reduction='batchmean') * T * T
manual = (p_t * (p_t.log() - log_p_s)).sum() / 4 * T * T
print(kd, manual)
print(F.kl_div(log_p_s, p_t, reduction='sum'), F.kl_div(log_p_s, p_t.log(), reduction='mean', log_target=True))
kd.backward()
print(student.grad[0])
print(F.kl_div(log_p_s, p_t))
