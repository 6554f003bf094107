# Lecture: KLDivLoss wants log-probabilities as input.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(2)
logits_p = torch.randn(3, 5)
logits_q = torch.randn(3, 5)
log_q = F.log_softmax(logits_q, dim=1)
p = F.softmax(logits_p, dim=1)
print(nn.KLDivLoss(reduction="batchmean")(log_q, p).item())
print(nn.KLDivLoss(reduction="sum")(log_q, p).item())
print(nn.KLDivLoss(reduction="none")(log_q, p))
log_p = F.log_softmax(logits_p, dim=1)
print(nn.KLDivLoss(reduction="batchmean", log_target=True)(log_q, log_p).item())
print((p * (log_p - log_q)).sum(1).mean().item())
print(F.kl_div(log_q, p, reduction="mean").item())
