# KL(p||q) >= 0, asymmetric, and cross-entropy = entropy + KL
import torch
import torch.nn.functional as F

p = torch.tensor([0.7, 0.2, 0.1])
q = torch.tensor([0.4, 0.4, 0.2])
kl_pq = (p * (p / q).log()).sum()
kl_qp = (q * (q / p).log()).sum()
print(kl_pq, kl_qp)
H_p = -(p * p.log()).sum()
CE = -(p * q.log()).sum()
print(CE, H_p + kl_pq, torch.isclose(CE, H_p + kl_pq))
print(F.kl_div(q.log(), p, reduction="sum"))
print(F.kl_div(q.log(), p, reduction="none"))
