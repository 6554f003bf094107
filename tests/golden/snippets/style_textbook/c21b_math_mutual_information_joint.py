# mutual information from a joint table: I(X;Y) = H(X) + H(Y) - H(X,Y)
import torch

joint = torch.tensor([[0.3, 0.1], [0.1, 0.5]])
px, py = joint.sum(1), joint.sum(0)
H = lambda p: -(p[p > 0] * p[p > 0].log()).sum()
mi = H(px) + H(py) - H(joint.flatten())
print(px, py)
print(mi)
mi2 = (joint * (joint / (px[:, None] * py[None, :])).log()).sum()
print(torch.isclose(mi, mi2))
indep = torch.outer(px, py)
print((indep * (indep / torch.outer(px, py)).log()).sum())
