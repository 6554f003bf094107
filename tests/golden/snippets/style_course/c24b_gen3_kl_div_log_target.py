# F.kl_div with log inputs: batchmean vs mean, and log_target=True
import torch
import torch.nn.functional as F

p_log = torch.log_softmax(torch.tensor([[1.0, 2.0, 0.5], [0.0, 0.0, 1.0]]), -1)
q = torch.softmax(torch.tensor([[0.5, 2.5, 0.0], [1.0, 0.0, 1.0]]), -1)
print(F.kl_div(p_log, q, reduction="batchmean"))
print(F.kl_div(p_log, q, reduction="mean"))
print(F.kl_div(p_log, q.log(), reduction="sum", log_target=True))
