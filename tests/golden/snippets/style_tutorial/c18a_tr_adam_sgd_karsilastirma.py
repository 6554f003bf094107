# SGD ile Adam'ı aynı problemde karşılaştıralım
import torch

def eğit(optimizör_sınıfı, **ayarlar):
    torch.manual_seed(0)
    w = torch.randn(2, requires_grad=True)
    opt = optimizör_sınıfı([w], **ayarlar)
    for _ in range(50):
        opt.zero_grad()
        kayıp = (w[0] - 3) ** 2 + 10 * (w[1] + 1) ** 2
        kayıp.backward()
        opt.step()
    return kayıp.item(), w.detach()

for isim, sınıf, ayar in [("SGD", torch.optim.SGD, {"lr": 0.05}), ("Adam", torch.optim.Adam, {"lr": 0.1})]:
    kayıp, w = eğit(sınıf, **ayar)
    print(f"{isim:5s} -> Kayıp: {kayıp:.5f}, w: {w}")
