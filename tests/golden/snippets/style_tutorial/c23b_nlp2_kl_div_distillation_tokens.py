import torch
import torch.nn.functional as F

teacher = torch.tensor([[2.0, 1.0, 0.1], [0.5, 2.5, 0.0]])
student = torch.tensor([[1.5, 1.5, 0.0], [0.0, 2.0, 0.5]])
T = 2.0
kd = F.kl_div(F.log_softmax(student / T, -1), F.softmax(teacher / T, -1), reduction="batchmean") * T * T
print(f"{kd.item():.5f}")
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    F.kl_div(F.log_softmax(student, -1), F.softmax(teacher, -1))
print([str(m.message)[:70] for m in w])
print(F.kl_div(F.log_softmax(student, -1), F.log_softmax(teacher, -1), reduction="sum", log_target=True).round(decimals=4))
