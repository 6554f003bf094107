# hinge GAN losses with relu, and non-saturating generator loss
import torch
import torch.nn.functional as F
d_real = torch.tensor([1.5, 0.2, -0.3])
d_fake = torch.tensor([-2.0, 0.4, 1.1], requires_grad=True)
d_loss = F.relu(1.0 - d_real).mean() + F.relu(1.0 + d_fake).mean()
g_loss = -d_fake.mean()
ns_loss = F.binary_cross_entropy_with_logits(d_fake, torch.ones(3))
print(d_loss, g_loss, ns_loss)
d_loss.backward()
print(d_fake.grad)
