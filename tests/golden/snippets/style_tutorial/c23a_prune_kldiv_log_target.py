# log_target=True: pass the teacher as log-probabilities too
import torch
import torch.nn as nn
import torch.nn.functional as F

s_logits = torch.tensor([[0.3, -0.2, 1.0]])
t_logits = torch.tensor([[1.0, 0.0, 2.0]])
crit = nn.KLDivLoss(reduction="batchmean", log_target=True)
a = crit(F.log_softmax(s_logits, -1), F.log_softmax(t_logits, -1))
b = nn.KLDivLoss(reduction="batchmean")(F.log_softmax(s_logits, -1), F.softmax(t_logits, -1))
print(a, b, torch.allclose(a, b))
print(crit)
