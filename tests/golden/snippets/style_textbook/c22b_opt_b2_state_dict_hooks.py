import torch

w = torch.ones(2, requires_grad=True)
opt = torch.optim.Adam([w], lr=0.1)
w.sum().backward()
opt.step()


def post_hook(optimizer, state_dict):
    state_dict["note"] = "saved"
    return state_dict


opt.register_state_dict_post_hook(post_hook)
sd = opt.state_dict()
print(sorted(sd))
print(sd["param_groups"][0]["lr"], sd["param_groups"][0]["betas"])
print(sorted(sd["param_groups"][0]))
