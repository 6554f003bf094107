# GAN discriminator loss with BCEWithLogitsLoss and real/fake labels
import torch
import torch.nn as nn

criterion = nn.BCEWithLogitsLoss()
d_real = torch.tensor([2.0, 0.5, -0.3])
d_fake = torch.tensor([-1.0, 0.2, -2.5])
real_labels = torch.ones_like(d_real)
fake_labels = torch.zeros_like(d_fake)
loss_real = criterion(d_real, real_labels)
loss_fake = criterion(d_fake, fake_labels)
print(loss_real, loss_fake)
print((loss_real + loss_fake) / 2)
g_loss = criterion(d_fake, real_labels)
print(g_loss)
print(nn.BCEWithLogitsLoss(reduction="none")(d_fake, real_labels))
