# adding an entropy bonus to the policy loss
import torch
import torch.nn.functional as F

torch.manual_seed(29)
logits = torch.randn(3, 4, requires_grad=True)
actions = torch.tensor([0, 3, 1])
adv = torch.tensor([0.5, -1.0, 2.0])
logp = F.log_softmax(logits, dim=-1)
p = logp.exp()
entropy = -(p * logp).sum(-1)
pg = -(logp.gather(1, actions[:, None]).squeeze(1) * adv).mean()
loss = pg - 0.01 * entropy.mean()
loss.backward()
print(entropy)
print(pg, loss)
print(logits.grad)
