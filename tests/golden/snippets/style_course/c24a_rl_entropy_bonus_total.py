# Total actor-critic loss with an entropy bonus, each term printed
import torch
from torch.distributions import Categorical

logits = torch.tensor([[2.0, 0.0], [0.0, 0.0], [-1.0, 1.0]], requires_grad=True)
values = torch.tensor([0.4, 0.1, -0.3], requires_grad=True)
returns = torch.tensor([1.0, 0.0, 0.5])
actions = torch.tensor([0, 1, 1])
d = Categorical(logits=logits)
adv = returns - values.detach()
policy_loss = -(d.log_prob(actions) * adv).mean()
value_loss = 0.5 * (returns - values).pow(2).mean()
entropy = d.entropy().mean()
loss = policy_loss + 0.5 * value_loss - 0.01 * entropy
for name, t in [('policy', policy_loss), ('value', value_loss), ('entropy', entropy), ('total', loss)]:
    print(name, round(t.item(), 4))
loss.backward()
print(logits.grad)
print(values.grad)
