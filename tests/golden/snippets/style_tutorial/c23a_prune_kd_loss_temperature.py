# Knowledge distillation loss: KL between softened distributions, scaled by T^2
import torch
import torch.nn.functional as F

student = torch.tensor([[1.0, 0.5, -0.5], [0.2, 2.0, 0.1]], requires_grad=True)
teacher = torch.tensor([[3.0, 1.0, -2.0], [0.0, 4.0, 1.0]])
labels = torch.tensor([0, 1])
T, alpha = 4.0, 0.7
soft = F.kl_div(F.log_softmax(student / T, dim=1), F.softmax(teacher / T, dim=1), reduction="batchmean") * T * T
hard = F.cross_entropy(student, labels)
loss = alpha * soft + (1 - alpha) * hard
loss.backward()
print(round(soft.item(), 4), round(hard.item(), 4), round(loss.item(), 4))
print(student.grad)
