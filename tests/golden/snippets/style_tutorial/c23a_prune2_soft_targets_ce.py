# Distillation with cross_entropy on probability targets, and label smoothing for comparison
import torch
import torch.nn.functional as F

student = torch.tensor([[2.0, 0.5, -1.0], [0.0, 1.0, 0.2]], requires_grad=True)
teacher_p = torch.tensor([[0.7, 0.2, 0.1], [0.1, 0.8, 0.1]])
soft = F.cross_entropy(student, teacher_p)
soft.backward()
print(soft)
print(student.grad)
print(F.cross_entropy(student.detach(), torch.tensor([0, 1]), label_smoothing=0.1))
print(F.softmax(student.detach(), 1) - teacher_p)
