# Model-compression course: knowledge distillation loss with temperature T and the T^2 factor.
import torch
import torch.nn.functional as F

torch.manual_seed(70)
teacher_logits = torch.randn(4, 5) * 3
student_logits = torch.randn(4, 5, requires_grad=True)
labels = torch.tensor([0, 3, 1, 4])
for T in (1.0, 2.0, 4.0):
    soft_t = F.softmax(teacher_logits / T, dim=1)
    log_s = F.log_softmax(student_logits / T, dim=1)
    kd = F.kl_div(log_s, soft_t, reduction="batchmean") * T * T
    manual = (soft_t * (soft_t.log() - log_s)).sum() / 4 * T * T
    print(T, kd.item(), manual.item())
    print("  teacher entropy", -(soft_t * soft_t.log()).sum(1))
alpha = 0.7
loss = alpha * kd + (1 - alpha) * F.cross_entropy(student_logits, labels)
loss.backward()
print(loss)
print(student_logits.grad)
print(F.kl_div(log_s, soft_t, reduction="mean"), F.kl_div(log_s, soft_t.log(), reduction="sum", log_target=True))
