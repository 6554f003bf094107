# A discrete policy from logits: probabilities, sampling, log-probs and entropy
import torch
from torch.distributions import Categorical

torch.manual_seed(0)
head_out = torch.tensor([[1.0, 0.5, -1.0], [0.0, 0.0, 0.0]])
policy = Categorical(logits=head_out)
print(policy)
print(policy.probs, policy.param_shape)
print(policy.batch_shape, policy.event_shape, policy.has_enumerate_support)
chosen = policy.sample()
print(chosen, chosen.dtype)
print(policy.log_prob(chosen))
print(policy.entropy(), policy.mode)
print(policy.logits)
print(policy.enumerate_support())
