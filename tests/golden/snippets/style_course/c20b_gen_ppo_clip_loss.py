# PPO clipped surrogate objective
import torch

torch.manual_seed(19)
old_logp = torch.log(torch.tensor([0.3, 0.5, 0.2, 0.6]))
new_logits = torch.randn(4, requires_grad=True)
new_logp = torch.nn.functional.logsigmoid(new_logits)
adv = torch.tensor([1.0, -0.5, 2.0, 0.3])
ratio = torch.exp(new_logp - old_logp)
surr1 = ratio * adv
surr2 = torch.clamp(ratio, 0.8, 1.2) * adv
loss = -torch.min(surr1, surr2).mean()
loss.backward()
print(ratio)
print(loss)
print(new_logits.grad)
