# Information theory chapter: mutual information of two discrete variables from a joint probability table.
import torch

joint = torch.tensor([[0.30, 0.10],
                      [0.05, 0.25],
                      [0.10, 0.20]], dtype=torch.float64)
print(joint.sum())
px = joint.sum(dim=1)
py = joint.sum(dim=0)
print(px, py)
indep = torch.outer(px, py)
mi = (joint * torch.log(joint / indep)).sum()
print("MI (nats):", mi.item())
Hx = -(px * px.log()).sum()
Hy = -(py * py.log()).sum()
Hxy = -(joint * joint.log()).sum()
print(Hx.item(), Hy.item(), Hxy.item(), (Hx + Hy - Hxy).item())
cond = joint / py
print(cond)
print(cond.sum(0))
H_x_given_y = -(joint * cond.log()).sum()
print(H_x_given_y.item(), (Hxy - Hy).item())
print(torch.special.entr(px).sum(), torch.xlogy(joint, joint).sum())
