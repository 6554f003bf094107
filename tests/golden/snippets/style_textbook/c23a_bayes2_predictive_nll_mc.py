# Predictive NLL from MC samples: log of the mean probability, via logsumexp of log-probs
import math
import torch

log_probs = torch.log(torch.tensor([[[0.7, 0.3], [0.2, 0.8]],
                                    [[0.6, 0.4], [0.4, 0.6]],
                                    [[0.9, 0.1], [0.3, 0.7]]]))
y = torch.tensor([0, 1])
T = log_probs.shape[0]
lp_y = log_probs[:, torch.arange(2), y]
pred_ll = torch.logsumexp(lp_y, dim=0) - math.log(T)
print(lp_y.exp())
print(pred_ll.exp())
print(-pred_ll.mean())
