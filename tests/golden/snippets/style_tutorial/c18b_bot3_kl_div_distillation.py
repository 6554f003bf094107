"""Knowledge distillation loss with KL divergence and temperature."""
import torch
import torch.nn.functional as F

torch.manual_seed(0)
teacher_logits = torch.randn(4, 5)
student_logits = torch.randn(4, 5, requires_grad=True)
T = 2.0
loss = F.kl_div(F.log_softmax(student_logits / T, dim=1),
                F.softmax(teacher_logits / T, dim=1), reduction="batchmean") * T * T
loss.backward()
print("distillation loss:", loss.item())
print("grad row 0:", student_logits.grad[0])
print(F.kl_div(F.log_softmax(student_logits, 1), F.softmax(teacher_logits, 1)).item())
