# F.kl_div reductions side by side for a batch of teacher/student distributions
import torch
import torch.nn.functional as F

s = torch.tensor([[0.1, 0.2, 0.7], [0.3, 0.3, 0.4]]).log()
t = torch.tensor([[0.2, 0.2, 0.6], [0.25, 0.25, 0.5]])
for red in ("sum", "batchmean", "none"):
    print(red, F.kl_div(s, t, reduction=red))
print(F.kl_div(s, t.log(), reduction="sum", log_target=True))
