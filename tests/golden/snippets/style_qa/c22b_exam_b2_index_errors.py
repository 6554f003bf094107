import torch

# Exam B2-3. What error does each out-of-range access raise?
t = torch.arange(6).view(2, 3)
for label, fn in [("t[2]", lambda: t[2]), ("t[0, 3]", lambda: t[0, 3]), ("t[:, :, 0]", lambda: t[:, :, 0]),
                  ("index_select", lambda: t.index_select(1, torch.tensor([5]))),
                  ("gather", lambda: t.gather(1, torch.tensor([[0], [7]])))]:
    try:
        fn()
    except (IndexError, RuntimeError) as e:
        print(label, type(e).__name__, e)
