# Bayes by hand: P(disease | positive) for a rare disease
import torch

prior = torch.tensor([0.01, 0.99])
likelihood_pos = torch.tensor([0.95, 0.05])
joint = prior * likelihood_pos
evidence = joint.sum()
posterior = joint / evidence
print(joint)
print(evidence)
print(posterior)
post2 = prior * likelihood_pos ** 2
print(post2 / post2.sum())
log_post = torch.log(prior) + torch.log(likelihood_pos)
print(torch.softmax(log_post, 0))
