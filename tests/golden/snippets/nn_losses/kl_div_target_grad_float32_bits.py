# KL divergence with a target that requires grad (distillation between two softmaxes): the
# target's gradient adds xlogy's two terms first, then the product's; xlogy's log is the C
# library's logf. tolist() shows every bit.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
student = torch.randn(16, 33, requires_grad=True)
teacher = torch.randn(16, 33, requires_grad=True)
loss = F.kl_div(student.log_softmax(-1), teacher.softmax(-1), reduction='batchmean')
loss.backward()
print(loss.item())
print(teacher.grad[:4].tolist())
print(student.grad[:2].tolist())
p = torch.rand(40)
print(torch.xlogy(p, p).tolist())
print(torch.xlogy(torch.randn(40, dtype=torch.float64), p.double()).tolist())
