# Rollouts collected under inference_mode cannot be trained on directly
import torch
import torch.nn as nn

torch.manual_seed(23)
policy = nn.Linear(2, 2)
with torch.inference_mode():
    obs = torch.randn(3, 2)
    logits = policy(obs)
print(logits.requires_grad, obs.is_inference())
try:
    loss = policy(obs).sum()
    loss.backward()
    print('ok', policy.bias.grad)
except RuntimeError as e:
    print(e)
try:
    obs.add_(1)
except RuntimeError as e:
    print(e)
print(obs.clone().is_inference())
