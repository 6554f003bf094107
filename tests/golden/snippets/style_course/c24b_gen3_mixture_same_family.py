# a 2-D mixture prior: MixtureSameFamily over Independent Normal components
import torch
import torch.distributions as D

weights = D.Categorical(logits=torch.tensor([0.0, 1.0, -1.0]))
locs = torch.tensor([[0.0, 0.0], [3.0, 3.0], [-3.0, 2.0]])
components = D.Independent(D.Normal(locs, torch.full((3, 2), 0.5)), 1)
prior = D.MixtureSameFamily(weights, components)
print(prior.batch_shape, prior.event_shape)
pts = torch.tensor([[0.0, 0.0], [3.0, 2.5]])
print(prior.log_prob(pts))
print(weights.probs)
torch.manual_seed(920)
print(prior.sample((2, 3)).shape)
