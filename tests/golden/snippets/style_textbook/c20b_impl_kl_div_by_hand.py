# KL divergence by hand vs F.kl_div (which expects log-probs as input)
import torch
import torch.nn.functional as F

torch.manual_seed(61)
p_logits = torch.randn(2, 4)
q_logits = torch.randn(2, 4)
p = p_logits.softmax(-1)
log_q = q_logits.log_softmax(-1)
mine = (p * (p.log() - log_q)).sum(-1).mean()
print(mine)
print(F.kl_div(log_q, p, reduction="batchmean"))
print(F.kl_div(log_q, p, reduction="mean"))
print(F.kl_div(log_q, p.log(), reduction="batchmean", log_target=True))
