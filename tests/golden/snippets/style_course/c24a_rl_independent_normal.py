# Independent(Normal) so log_prob sums over action dimensions
import torch
from torch.distributions import Normal, Independent

torch.manual_seed(9)
per_dim = Normal(torch.zeros(3, 2), torch.full((3, 2), 1.0))
joint = Independent(per_dim, 1)
print(joint)
print(per_dim.batch_shape, per_dim.event_shape)
print(joint.batch_shape, joint.event_shape)
act0 = torch.zeros(3, 2)
print(joint.log_prob(act0))
print(per_dim.log_prob(act0).sum(-1))
print(joint.entropy())
print(joint.sample().shape)
